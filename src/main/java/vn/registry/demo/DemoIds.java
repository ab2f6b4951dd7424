package vn.registry.demo;

/**
 * The ids of one demo committee's rows. Demo rows take fixed ids from {@link #FIRST} on, derived
 * from the unit's line in {@code units-2024.csv}, so loading twice gives the same rows with the
 * same ids (and the same addresses), far above any id the database's sequences will reach. The
 * units of {@code units-2025.csv} count their lines on after the 11,363 of 2024.
 */
final class DemoIds {

	static final long FIRST = 1_000_000_000L;

	private static final int DECISIONS = 10;

	private static final int TASKS = 10;

	private static final int SEATS = 100;

	private final long line;

	/** Slot 0 is the establishing decision's, known before the committee is made up (see {@link Reform}). */
	private int decisions = 1;

	private int tasks;

	private int seats;

	DemoIds(int line) {
		this.line = line;
	}

	/** The demo data set's one source row. */
	static long source() {
		return FIRST;
	}

	long committee() {
		return FIRST + line;
	}

	long workingGroup() {
		return FIRST + line;
	}

	long meeting() {
		return FIRST + line;
	}

	long formerName() {
		return FIRST + line;
	}

	/** The row that records this committee's replacement by a successor (a committee is replaced once). */
	long succession() {
		return FIRST + line;
	}

	/** The committee's establishing decision. */
	long establishment() {
		return next(DECISIONS, 0);
	}

	long decision() {
		return next(DECISIONS, decisions++);
	}

	long task() {
		return next(TASKS, tasks++);
	}

	long seat() {
		return next(SEATS, seats++);
	}

	private long next(int slots, int used) {
		if (used >= slots) {
			throw new IllegalStateException("More than " + slots + " rows of one kind for unit line " + line);
		}
		return FIRST + line * slots + used;
	}

}
