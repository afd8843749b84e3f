package org.entente.domain.dossier;

import java.util.List;
import java.util.Objects;

/**
 * Writes a dossier into the record, all or nothing. The whole dossier is checked first — every key,
 * reference and code, and every rule of the domain — and refused with every problem found; only a
 * dossier without any is written. A dossier is known by its name: loaded again, the entries already
 * imported under that name are skipped, so the same dossier loaded twice leaves one copy.
 */
public interface DossierImport {

  /** Counts of the entries written, and of those skipped because they were imported before. */
  record Summary(
      int topics,
      int sources,
      int parties,
      int people,
      int offices,
      int tenures,
      int meetings,
      int agreements,
      int negotiations,
      int skipped) {}

  /** What an import did: the summary of what it wrote, or every problem that kept it from it. */
  record Outcome(Summary summary, List<DossierProblem> problems) {
    public Outcome {
      problems = List.copyOf(problems);
      if ((summary == null) == problems.isEmpty()) {
        throw new IllegalArgumentException("an import either wrote (a summary) or was refused");
      }
    }

    public static Outcome imported(Summary summary) {
      return new Outcome(Objects.requireNonNull(summary, "summary"), List.of());
    }

    public static Outcome refused(List<DossierProblem> problems) {
      return new Outcome(null, problems);
    }

    public boolean wasImported() {
      return summary != null;
    }
  }

  /**
   * Every problem of the dossier as it would be imported now, without writing anything: what {@link
   * DossierCheck} finds, with the codes the record knows.
   */
  List<DossierProblem> check(Dossier dossier);

  /**
   * Imports the entries of the dossier not yet imported under its name, in one transaction audited
   * under {@code actor}; refused, with nothing written, when the dossier has any problem, including
   * rows the database refuses.
   */
  Outcome importDossier(Dossier dossier, String actor);
}
