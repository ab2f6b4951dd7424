package vn.registry.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The 2025 reform in the demo data set, decided before any committee is made up, because a
 * committee of 2024 must know whether it ends: when, by which decision, succeeded by which
 * committee. Every unit the reform created gets a committee established between 01/07/2025 and
 * 31/12/2025 (a province's within its first two months), seven in ten by its Party committee; about
 * half of them name the committees of their predecessor units of the same level as replaced. A
 * split commune's committee is replaced once, by the first of its successors (in file order) that
 * names it. The other committees of 2024 stay active: their unit was reorganised, nothing ended them.
 */
final class Reform {

	/** How a committee of the 2025 structure was set up. */
	record Founding(LocalDate on, boolean party) {
	}

	/** How a committee of 2024 ended: replaced by {@code successor}'s establishment {@code decision} on {@code on}. */
	record Replacement(long successor, long decision, LocalDate on) {
	}

	static final int PARTY_PERCENT = 70;

	static final int REPLACING_PERCENT = 50;

	private static final long SALT = 0x2025_0701L;

	private final Map<Long, Founding> foundings = new HashMap<>();

	private final Map<Long, Replacement> replacements = new HashMap<>();

	/**
	 * @param newUnits the units the reform created that get a demo committee, in file order
	 * @param replaceable the 2024 units whose committee is a demo one (real committees are left alone)
	 * @param predecessors each new unit's predecessors of its own level
	 */
	Reform(List<DemoUnit> newUnits, Set<Long> replaceable, Map<Long, List<Long>> predecessors) {
		for (DemoUnit unit : newUnits) {
			SplittableRandom random = random(unit);
			int days = unit.level().equals("PROVINCE") ? 62 : 184;
			LocalDate on = CommitteeGenerator.weekday(UnitsFile.FIRST_DAY_2025.plusDays(random.nextInt(days)));
			foundings.put(unit.id(), new Founding(on, random.nextInt(100) < PARTY_PERCENT));
			if (random.nextInt(100) < REPLACING_PERCENT) {
				DemoIds ids = new DemoIds(unit.line());
				Replacement replacement = new Replacement(ids.committee(), ids.establishment(), on);
				predecessors.getOrDefault(unit.id(), List.of())
					.stream()
					.filter(replaceable::contains)
					.forEach(predecessor -> replacements.putIfAbsent(predecessor, replacement));
			}
		}
	}

	/** How the committee of a unit the reform created was set up; null for a unit of before the reform. */
	Founding founding(DemoUnit unit) {
		return foundings.get(unit.id());
	}

	/** How the committee of a 2024 unit was replaced; null when it was not. */
	Replacement replacementOf(DemoUnit unit) {
		return replacements.get(unit.id());
	}

	/** The reform's choices draw from a sequence of their own, so that they do not shift the committee's. */
	private static SplittableRandom random(DemoUnit unit) {
		return new SplittableRandom(DemoDataLoader.random(unit).nextLong() ^ SALT);
	}

}
