package org.entente.api.graphiql;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the bundled GraphiQL page at {@code /graphiql}. */
@Controller
class GraphiqlController {

  @GetMapping({"/graphiql", "/graphiql/"})
  String graphiql() {
    return "forward:/graphiql/index.html";
  }
}
