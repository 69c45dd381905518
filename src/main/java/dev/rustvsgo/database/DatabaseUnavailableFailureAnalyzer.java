package dev.rustvsgo.database;

import java.sql.SQLException;
import java.util.regex.Pattern;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Explains a start-up that failed because the database could not be used, in place of the
 * stack traces: which database (the data source URL, any password in it masked) and why
 * (the driver's message and its cause). The service reads its data from the database only
 * at start-up, so it cannot start without it. Registered in
 * {@code META-INF/spring.factories}.
 */
final class DatabaseUnavailableFailureAnalyzer implements FailureAnalyzer {

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");

	private static final Pattern PASSWORD_IN_USER_INFO = Pattern.compile("(//[^/:@]*:)[^/@]*@");

	private final Environment environment;

	DatabaseUnavailableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		SQLException cause = connectionFailure(failure);
		if (cause == null) {
			return null;
		}
		String url = this.environment.getProperty("spring.datasource.url");
		String user = this.environment.getProperty("spring.datasource.username");
		StringBuilder description = new StringBuilder("The database could not be used at start-up.\n\n");
		description.append("    URL:   ").append((url != null) ? masked(url) : "(not set: spring.datasource.url)");
		if (user != null && !user.isEmpty()) {
			description.append("\n    User:  ").append(user);
		}
		description.append("\n    Cause: ").append(reason(cause));
		return new FailureAnalysis(description.toString(), action(cause.getSQLState()), failure);
	}

	/**
	 * The innermost exception of the chain that says the database could not be reached or
	 * would not let us in: the driver's own rather than the pool's wrapper.
	 */
	private static SQLException connectionFailure(Throwable failure) {
		SQLException found = null;
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (candidate instanceof SQLException sql && isConnectionFailure(sql.getSQLState())) {
				found = sql;
			}
			if (candidate.getCause() == candidate) {
				break;
			}
		}
		return found;
	}

	/**
	 * SQL states (SQL standard classes, and PostgreSQL's codes) for a database that could
	 * not be reached or used at all: 08 connection exception, 28 invalid authorization,
	 * 3D000 no such database, 53300 too many connections, 57P03 cannot connect now.
	 */
	private static boolean isConnectionFailure(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000")
				|| state.equals("53300") || state.equals("57P03"));
	}

	private static String reason(SQLException cause) {
		StringBuilder reason = new StringBuilder(String.valueOf(cause.getMessage()));
		reason.append(" (SQL state ").append(cause.getSQLState());
		Throwable root = cause.getCause();
		while (root != null && root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (root != null) {
			reason.append("; ").append(root.getClass().getName());
			if (root.getMessage() != null) {
				reason.append(": ").append(root.getMessage());
			}
		}
		return reason.append(')').toString();
	}

	private static String action(String state) {
		String check;
		if (state.startsWith("28")) {
			check = "Check the user name and password (SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD).";
		}
		else if (state.equals("3D000")) {
			check = "Create the database, or correct its name in the URL (SPRING_DATASOURCE_URL).";
		}
		else {
			check = "Check that the database server is running and that this host can reach it at the URL above "
					+ "(SPRING_DATASOURCE_URL).";
		}
		return check + " The service reads its data from the database only at start-up and cannot start without "
				+ "it; once started, it keeps answering from memory while the database is away "
				+ "(docs/deployment.md, \"When the database goes away\").";
	}

	/** The URL with the value of any password in it replaced by {@code ******}. */
	static String masked(String url) {
		String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1******");
		return PASSWORD_IN_USER_INFO.matcher(masked).replaceAll("$1******@");
	}

}
