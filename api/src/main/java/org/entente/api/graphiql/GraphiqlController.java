package org.entente.api.graphiql;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the bundled GraphiQL page at {@code /graphiql}. */
@Controller
public class GraphiqlController {

  @GetMapping({"/graphiql", "/graphiql/"})
  public String graphiql() {
    return "forward:/graphiql/index.html";
  }
}
