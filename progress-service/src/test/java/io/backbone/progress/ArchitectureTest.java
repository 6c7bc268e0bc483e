package io.backbone.progress;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.backbone.testing.ArchitectureRules;

/** The shape every service shares: see {@link ArchitectureRules}. */
@AnalyzeClasses(packages = "io.backbone.progress", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests shape = ArchTests.in(ArchitectureRules.class);
}
