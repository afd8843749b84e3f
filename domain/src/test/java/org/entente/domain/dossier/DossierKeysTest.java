package org.entente.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DossierKeysTest {

  @Test
  void aSlug_isTheLowerCaseAsciiWordsOfAName() {
    assertThat(DossierKeys.slug("Tokayev–Kallas meeting in Almaty"))
        .isEqualTo("tokayev-kallas-meeting-in-almaty");
    assertThat(DossierKeys.slug("Kasachstan noch näher an Europa"))
        .isEqualTo("kasachstan-noch-naher-an-europa");
    assertThat(DossierKeys.slug("Касым-Жомарт")).isNull();
  }

  @Test
  void aLongSlug_isCutAtTheEndOfAWord() {
    assertThat(
            DossierKeys.slug(
                "High Representative of the Union for Foreign Affairs and Security Policy"))
        .isEqualTo("high-representative-of-the-union-for-foreign");
  }

  @Test
  void keysTakenAlready_getANumber_andNamelessEntriesTheKindsName() {
    DossierKeys keys = new DossierKeys("meeting");
    assertThat(keys.next("ministerial")).isEqualTo("ministerial");
    assertThat(keys.next("ministerial")).isEqualTo("ministerial-2");
    assertThat(keys.next(null)).isEqualTo("meeting");
    assertThat(keys.next(null)).isEqualTo("meeting-2");
  }
}
