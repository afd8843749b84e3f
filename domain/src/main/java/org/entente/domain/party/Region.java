package org.entente.domain.party;

import org.entente.domain.Text;

/** A region parties belong to, such as Central Asia. */
public record Region(RegionId id, String code, String name) {

  public Region {
    code = Text.required(code, "region code");
    name = Text.required(name, "region name");
  }
}
