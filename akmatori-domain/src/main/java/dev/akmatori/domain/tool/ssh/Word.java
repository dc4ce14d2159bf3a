package dev.akmatori.domain.tool.ssh;

import java.util.Objects;

/**
 * One shell word after quote removal. {@code assignment} is true for an unquoted {@code NAME=}
 * prefix ({@code FOO=1}, {@code FOO="a b"}): the form the shell takes as a variable assignment
 * when the word comes before the command word.
 */
record Word(String text, boolean assignment) {
  Word {
    Objects.requireNonNull(text, "text");
  }
}
