package org.entente.api.graphiql;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Serves the bundled GraphiQL page at {@code /graphiql}, unless {@code entente.graphiql.enabled} is
 * off. The page is not a static resource, so that switching it off leaves no path serving it.
 */
@Controller
@ConditionalOnBooleanProperty(name = "entente.graphiql.enabled", matchIfMissing = true)
class GraphiqlController {

  // Not graphiql/index.html: Spring for GraphQL ships its own page there.
  private static final Resource PAGE = new ClassPathResource("graphiql-page/index.html");

  @GetMapping(
      value = {"/graphiql", "/graphiql/"},
      produces = MediaType.TEXT_HTML_VALUE)
  @ResponseBody
  Resource graphiql() {
    return PAGE;
  }
}
