package io.backbone.catalog.domain;

import io.backbone.catalog.domain.Exercise;

import java.util.List;

/** The shipped exercise library: a version and its exercises. */
public record Library(int libraryVersion, List<Exercise> exercises) {
}
