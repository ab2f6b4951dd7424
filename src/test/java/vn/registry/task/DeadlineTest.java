package vn.registry.task;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineTest {

	private static final LocalDate BEN_TRE_MEETING = LocalDate.of(2021, 3, 3);

	@Test
	void thisWeekSaidOnAWednesdayIsInferredAsItsSunday() {
		assertThat(Deadline.read("trong tuần này", null, BEN_TRE_MEETING))
			.isEqualTo(new Deadline("trong tuần này", LocalDate.of(2021, 3, 7), true, null));
	}

	@Test
	void theFirstMondayOfEachMonthIsARecurrence() {
		Deadline deadline = Deadline.read("vào thứ 2 đầu mỗi tháng", null, BEN_TRE_MEETING);

		assertThat(deadline).isEqualTo(new Deadline("vào thứ 2 đầu mỗi tháng", null, false, Recurrence.MONTHLY_FIRST_MONDAY));
		assertThat(Recurrence.MONTHLY_FIRST_MONDAY.nextOnOrAfter(BEN_TRE_MEETING)).isEqualTo(LocalDate.of(2021, 4, 5));
		assertThat(Recurrence.MONTHLY_FIRST_MONDAY.nextOnOrAfter(LocalDate.of(2021, 3, 1))).isEqualTo(LocalDate.of(2021, 3, 1));
	}

	@Test
	void everyQuarterInEitherSpellingIsARecurrence() {
		assertThat(Deadline.read("hàng quý", null, BEN_TRE_MEETING).recurrence()).isEqualTo(Recurrence.QUARTERLY);
		assertThat(Deadline.read("Hằng quý", null, BEN_TRE_MEETING).recurrence()).isEqualTo(Recurrence.QUARTERLY);
		assertThat(Recurrence.QUARTERLY.nextOnOrAfter(BEN_TRE_MEETING)).isEqualTo(LocalDate.of(2021, 3, 31));
	}

	@Test
	void aDateInTheWordsIsStatedNotInferred() {
		assertThat(Deadline.read("trước ngày 30/6/2021", null, BEN_TRE_MEETING))
			.isEqualTo(new Deadline("trước ngày 30/6/2021", LocalDate.of(2021, 6, 30), false, null));
		assertThat(Deadline.read("trước ngày 31/2/2021", null, BEN_TRE_MEETING).on()).isNull();
	}

	@Test
	void aTypedDateWinsOverTheWords() {
		assertThat(Deadline.read("trong tháng này", LocalDate.of(2021, 3, 20), BEN_TRE_MEETING))
			.isEqualTo(new Deadline("trong tháng này", LocalDate.of(2021, 3, 20), false, null));
		assertThat(Deadline.read(null, LocalDate.of(2021, 3, 20), BEN_TRE_MEETING))
			.isEqualTo(new Deadline(null, LocalDate.of(2021, 3, 20), false, null));
	}

	@Test
	void withinDaysAndThisMonthAreInferred() {
		assertThat(Deadline.read("trong vòng 10 ngày", null, BEN_TRE_MEETING).on()).isEqualTo(LocalDate.of(2021, 3, 13));
		assertThat(Deadline.read("trong tháng này", null, BEN_TRE_MEETING))
			.isEqualTo(new Deadline("trong tháng này", LocalDate.of(2021, 3, 31), true, null));
	}

	@Test
	void wordsWithoutADateAreKeptAsTheyAre() {
		assertThat(Deadline.read("sớm nhất có thể", null, BEN_TRE_MEETING))
			.isEqualTo(new Deadline("sớm nhất có thể", null, false, null));
		assertThat(Deadline.read("  ", null, BEN_TRE_MEETING)).isEqualTo(Deadline.NONE);
	}

	@Test
	void lateIsNotDoneAfterADeadline() {
		LocalDate today = LocalDate.of(2021, 3, 8);
		assertThat(TaskStatus.isLate(TaskStatus.IN_PROGRESS, LocalDate.of(2021, 3, 7), today)).isTrue();
		assertThat(TaskStatus.isLate(TaskStatus.NOT_STARTED, LocalDate.of(2021, 3, 8), today)).isFalse();
		assertThat(TaskStatus.isLate(TaskStatus.DONE, LocalDate.of(2021, 3, 7), today)).isFalse();
		assertThat(TaskStatus.isLate(null, LocalDate.of(2021, 3, 7), today)).isFalse();
	}

}
