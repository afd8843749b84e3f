package org.entente.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void eachRole_includesItselfAndTheOnesBelow() {
    assertThat(Role.ADMIN.includes(Role.EDITOR)).isTrue();
    assertThat(Role.ADMIN.includes(Role.READER)).isTrue();
    assertThat(Role.EDITOR.includes(Role.READER)).isTrue();
    assertThat(Role.EDITOR.includes(Role.EDITOR)).isTrue();
  }

  @Test
  void noRole_includesTheOnesAbove() {
    assertThat(Role.READER.includes(Role.EDITOR)).isFalse();
    assertThat(Role.EDITOR.includes(Role.ADMIN)).isFalse();
    assertThat(Role.READER.includes(Role.ADMIN)).isFalse();
  }
}
