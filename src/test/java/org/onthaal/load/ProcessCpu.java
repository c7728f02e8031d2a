package org.onthaal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of a process as Linux counts it in {@code /proc/<pid>/stat}, in clock ticks of
 * 1/100 s: user and system time of all its threads, and optionally of its children,
 * living (PostgreSQL's backends) and ended (those it has waited for).
 */
final class ProcessCpu {

	/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
	static final double TICKS_PER_SECOND = 100.0;

	private ProcessCpu() {
	}

	/** The process's own ticks (all threads), 0 when it is gone. */
	static long ticks(long pid) {
		long[] fields = stat(pid);
		return fields == null ? 0 : fields[UTIME] + fields[STIME];
	}

	/**
	 * A server and its children: its own ticks, those of the children it has already
	 * waited for, and those of the children still running.
	 */
	static long ticksWithChildren(long pid) {
		long[] own = stat(pid);
		if (own == null) {
			return 0;
		}
		long total = own[UTIME] + own[STIME] + own[CUTIME] + own[CSTIME];
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			total += processes.map(path -> path.getFileName().toString())
				.filter(name -> name.chars().allMatch(Character::isDigit))
				.mapToLong(Long::parseLong)
				.mapToObj(ProcessCpu::stat)
				.filter(fields -> fields != null && fields[PPID] == pid)
				.mapToLong(fields -> fields[UTIME] + fields[STIME])
				.sum();
		}
		catch (IOException ex) {
			// /proc is always there on Linux; without it there is nothing to count
		}
		return total;
	}

	/**
	 * The harness's other children (the browsers and Playwright's driver): every process
	 * below this one that is not the app or below it.
	 */
	static long browserTicks(long appPid) {
		java.util.Set<Long> app = new java.util.HashSet<>();
		app.add(appPid);
		ProcessHandle.of(appPid).ifPresent(handle -> handle.descendants().forEach(child -> app.add(child.pid())));
		return ProcessHandle.current()
			.descendants()
			.mapToLong(ProcessHandle::pid)
			.filter(pid -> !app.contains(pid))
			.map(ProcessCpu::ticks)
			.sum();
	}

	// fields of /proc/<pid>/stat after the command name, counted from 0 at "state"
	private static final int PPID = 1;

	private static final int UTIME = 11;

	private static final int STIME = 12;

	private static final int CUTIME = 13;

	private static final int CSTIME = 14;

	private static long[] stat(long pid) {
		String line;
		try {
			line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
		}
		catch (IOException ex) {
			return null;
		}
		// the command name may hold spaces and parentheses: the fields start after the
		// last ")"
		String[] parts = line.substring(line.lastIndexOf(')') + 2).split(" ");
		long[] fields = new long[CSTIME + 1];
		for (int i = PPID; i <= CSTIME; i++) {
			fields[i] = Long.parseLong(parts[i]);
		}
		return fields;
	}

}
