package org.rassegna.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the modules, on the compiled main classes of all of them: each stage depends only
 * on {@code model} and the stages before it; the store only on {@code model}; only the pipeline and
 * the entry points (this module, serve and the Spark job) wire stages together, and the pipeline
 * knows no picocli.
 */
class LayeringTest {

  /** The stages in pipeline order, as in the parent pom's module list. */
  private static final List<String> STAGES =
      List.of("ingest", "annotate", "dedup", "cluster", "extract", "compare", "brief");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rassegna");
  }

  private static String[] packages(List<String> modules) {
    return modules.stream().map(m -> "org.rassegna." + m + "..").toArray(String[]::new);
  }

  private static String[] after(int stage) {
    List<String> later = new ArrayList<>(STAGES.subList(stage + 1, STAGES.size()));
    later.addAll(List.of("store", "pipeline", "spark", "serve", "cli"));
    return packages(later);
  }

  @Test
  void eachStageDependsOnlyOnModelAndEarlierStages() {
    for (int i = 0; i < STAGES.size(); i++) {
      noClasses()
          .that()
          .resideInAPackage("org.rassegna." + STAGES.get(i) + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(after(i))
          .check(classes);
    }
  }

  @Test
  void theModelAndTheStoreDependOnNoStage() {
    List<String> above = new ArrayList<>(STAGES);
    above.addAll(List.of("pipeline", "spark", "serve", "cli"));
    noClasses()
        .that()
        .resideInAPackage("org.rassegna.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages(above))
        .check(classes);
    above.add("store");
    noClasses()
        .that()
        .resideInAPackage("org.rassegna.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages(above))
        .check(classes);
  }

  @Test
  void onlyThePipelineAndTheEntryPointsWireStages() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.rassegna.store..",
            "org.rassegna.pipeline..",
            "org.rassegna.spark..",
            "org.rassegna.serve..",
            "org.rassegna.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.rassegna.store..", "org.rassegna.pipeline..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.rassegna.pipeline..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..", "org.rassegna.cli..")
        .check(classes);
  }
}
