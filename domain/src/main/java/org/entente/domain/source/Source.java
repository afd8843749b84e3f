package org.entente.domain.source;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.entente.domain.PartialDate;
import org.entente.domain.Text;

/** A publication: a press release, a news report, an official journal. */
public record Source(
    SourceId id,
    String publisher,
    String title,
    URI url,
    String language,
    PartialDate published,
    LocalDate retrievedOn) {

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  public Source {
    publisher = Text.required(publisher, "publisher");
    title = Text.required(title, "source title");
    if (url != null && !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
      throw new IllegalArgumentException("a source URL is http or https: " + url);
    }
    if (language != null && !LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException("a language is an ISO 639 code such as 'en': " + language);
    }
    Objects.requireNonNull(published, "published (PartialDate.unknown() when not known)");
  }
}
