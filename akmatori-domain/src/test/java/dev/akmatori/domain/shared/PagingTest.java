package dev.akmatori.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {
  @Test
  void perPageOver200_isClamped() {
    assertThat(PageRequest.of(1, 5000).perPage()).isEqualTo(200);
  }

  @Test
  void nonPositiveValues_areValidationErrorsNamingTheParameter() {
    assertThatThrownBy(() -> PageRequest.of(0, 10))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details()).containsEntry("page", "must be a positive integer"));
    assertThatThrownBy(() -> PageRequest.of(1, -1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.details()).containsEntry("per_page", "must be a positive integer"));
  }

  @Test
  void offset_isPageMinusOneTimesPerPage_withoutOverflow() {
    assertThat(PageRequest.of(3, 50).offset()).isEqualTo(100);
    assertThat(PageRequest.of(Integer.MAX_VALUE, 200).offset()).isEqualTo((Integer.MAX_VALUE - 1L) * 200);
  }

  @Test
  void totalPages_isCeiling_andZeroForNothing() {
    assertThat(new Page<>(List.of(), 0, PageRequest.of(1, 50)).totalPages()).isZero();
    assertThat(new Page<>(List.of(), 134, PageRequest.of(1, 50)).totalPages()).isEqualTo(3);
    assertThat(new Page<>(List.of(), 100, PageRequest.of(1, 50)).totalPages()).isEqualTo(2);
  }

  @Test
  void slice_pastTheEnd_isEmptyWithTheTotal() {
    Page<Integer> page = Page.slice(List.of(1, 2, 3), PageRequest.of(5, 2));
    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(3);
    assertThat(Page.slice(List.of(1, 2, 3), PageRequest.of(2, 2)).items()).containsExactly(3);
  }

  @Test
  void numericId_acceptsOnlyPositive64BitDecimals() {
    assertThat(NumericId.parse("42")).contains(42L);
    assertThat(NumericId.parse("9223372036854775807")).contains(Long.MAX_VALUE);
    assertThat(NumericId.parse("9223372036854775808")).isEmpty();
    assertThat(NumericId.parse("0")).isEmpty();
    assertThat(NumericId.parse("-1")).isEmpty();
    assertThat(NumericId.parse("+1")).isEmpty();
    assertThat(NumericId.parse("1e3")).isEmpty();
    assertThat(NumericId.parse("abc")).isEmpty();
    assertThat(NumericId.parse("")).isEmpty();
    assertThat(NumericId.parse("١٢")).isEmpty();
  }

  @Test
  void violations_collectEveryField_firstMessageWins() {
    Violations v = new Violations().add("a", "is required").add("b", "x").add("a", "later");
    assertThatThrownBy(v::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("Validation failed");
              assertThat(e.details()).containsExactly(
                  java.util.Map.entry("a", "is required"), java.util.Map.entry("b", "x"));
            });
  }
}
