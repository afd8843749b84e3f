package org.entente.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** The database guards what it can by itself, even against writes that bypass the domain. */
class SchemaConstraintsTest {

  private final DSLContext db = TestDatabase.shared().migrated();

  private long id(String insert, Object... bindings) {
    return db.resultQuery(insert, bindings).fetchSingle().get(0, Long.class);
  }

  @Test
  void institutionWithoutParent_isRejectedByTheDatabase() {
    assertThatThrownBy(
            () ->
                db.execute(
                    "insert into party (kind, name) values ('INSTITUTION', 'Orphan bureau')"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("party_institution_has_parent");
  }

  @Test
  void isoCodesOnAnOrganisation_areRejectedByTheDatabase() {
    assertThatThrownBy(
            () ->
                db.execute(
                    "insert into party (kind, name, iso_alpha2) values ('INTERNATIONAL_ORGANISATION', 'Union', 'UN')"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("party_iso_codes_only_for_states");
  }

  @Test
  void overlappingTenuresOfASingleHolderOffice_areRejectedByTheExclusionConstraint() {
    String tag = UUID.randomUUID().toString();
    long party =
        id("insert into party (kind, name) values ('STATE', ?) returning id", "State " + tag);
    long office =
        id(
            "insert into office (name, party_id, single_holder) values ('President', ?, true) returning id",
            party);
    long first = id("insert into person (name) values ('First') returning id");
    long second = id("insert into person (name) values ('Second') returning id");
    db.execute(
        "insert into tenure (person_id, office_id, single_holder, start_precision, start_from, start_to) values (?, ?, true, 'DAY', '2019-01-01', '2019-01-01')",
        first,
        office);

    assertThatThrownBy(
            () ->
                db.execute(
                    "insert into tenure (person_id, office_id, single_holder, start_precision, start_from, start_to) values (?, ?, true, 'YEAR', '2020-01-01', '2020-12-31')",
                    second,
                    office))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("tenure_single_holder_no_overlap");
  }

  @Test
  void aRetiredTenure_leavesItsPeriodFreeForTheRightfulHolder() {
    String tag = UUID.randomUUID().toString();
    long party =
        id("insert into party (kind, name) values ('STATE', ?) returning id", "State " + tag);
    long office =
        id(
            "insert into office (name, party_id, single_holder) values ('President', ?, true) returning id",
            party);
    long mistaken = id("insert into person (name) values ('Mistaken') returning id");
    long rightful = id("insert into person (name) values ('Rightful') returning id");
    db.execute(
        "insert into tenure (person_id, office_id, single_holder, start_precision, start_from, start_to, retired_at) values (?, ?, true, 'DAY', '2019-01-01', '2019-01-01', now())",
        mistaken,
        office);

    assertThatCode(
            () ->
                db.execute(
                    "insert into tenure (person_id, office_id, single_holder, start_precision, start_from, start_to) values (?, ?, true, 'DAY', '2019-01-01', '2019-01-01')",
                    rightful,
                    office))
        .doesNotThrowAnyException();
  }

  @Test
  void unknownMeetingKind_isRejectedByTheVocabulary() {
    assertThatThrownBy(
            () ->
                db.execute(
                    "insert into meeting (title, kind, status, date_precision) values ('Tea', 'TEA_PARTY', 'HELD', 'UNKNOWN')"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("meeting_kind");
  }
}
