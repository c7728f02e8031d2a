package org.onthaal.kiosksetup;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The kiosk set-up scripts in kiosk-setup/, run with --dry-run: they print what they
 * would change and change nothing, without root, apt or a running systemd.
 */
class KioskSetupDryRunTest {

	private static final String URL = "https://onthaal.example.org/kiosk";

	/** Files that a real install writes; a dry run must not create any of them. */
	private static final List<Path> INSTALLED_FILES = List.of(Path.of("/etc/onthaal-kiosk.conf"),
			Path.of("/usr/local/bin/onthaal-kiosk-watchdog"), Path.of("/etc/systemd/system/onthaal-kiosk.service"),
			Path.of("/etc/systemd/system/onthaal-kiosk-watchdog.timer"),
			Path.of("/etc/systemd/system/onthaal-kiosk-reboot.timer"));

	@Test
	void installDryRunPrintsEveryChangeAndMakesNone() {
		List<Boolean> before = installedFilesExist();

		Result result = run("kiosk-setup/install.sh", "--dry-run", "--url", URL, "--nightly-reboot", "04:30");

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("chromium", "cage", "fonts-noto-core", "onthaal-kiosk.service", URL,
				"--kiosk", "--user-data-dir=", "onthaal-kiosk-watchdog.timer", "onthaal-kiosk-reboot.timer",
				"OnCalendar=*-*-* 04:30:00", "nothing was changed");
		assertThat(installedFilesExist()).isEqualTo(before);
		if (!before.get(0)) {
			assertThat(Path.of("/etc/onthaal-kiosk.conf")).doesNotExist();
		}
	}

	/**
	 * Read-aloud needs voices on the device: Debian's speech-dispatcher with espeak-ng,
	 * Chromium told to use it, and the kiosk user allowed to play sound.
	 */
	@Test
	void installDryRunSetsUpVoicesAndSound() {
		Result result = run("kiosk-setup/install.sh", "--dry-run", "--url", URL);

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("speech-dispatcher", "espeak-ng", "speech-dispatcher-espeak-ng",
				"--enable-speech-dispatcher");
		assertThat(result.output().lines()).as("the kiosk user joins the audio group (or already is in it)")
			.anyMatch(line -> (line.contains("usermod") || line.contains("already in groups"))
					&& line.matches(".*\\baudio\\b.*"));
	}

	@Test
	void installDryRunWithAPrinterInstallsCupsMakesItTheDefaultAndPrintsWithoutADialog() {
		List<Boolean> before = installedFilesExist();

		Result result = run("kiosk-setup/install.sh", "--dry-run", "--url", URL, "--printer", "Brother_QL-820NWB");

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("printer:        Brother_QL-820NWB", "cups", "cups-client",
				"printer-driver-ptouch", "ipp-usb", "lpadmin -d Brother_QL-820NWB", "--kiosk-printing",
				"ONTHAAL_KIOSK_PRINTER=Brother_QL-820NWB", "nothing was changed");
		assertThat(result.output().lines()).anyMatch(line -> line.contains("apt-get install") && line.contains("cups"));
		assertThat(installedFilesExist()).isEqualTo(before);
	}

	@Test
	void installDryRunWithoutAPrinterSetsUpNoPrinting() {
		Result result = run("kiosk-setup/install.sh", "--dry-run", "--url", URL);

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).doesNotContain("--kiosk-printing", "lpadmin", "cups", "ONTHAAL_KIOSK_PRINTER");
	}

	@Test
	void installRefusesAPrinterNameCupsCouldNotTake() {
		Result result = run("kiosk-setup/install.sh", "--dry-run", "--url", URL, "--printer", "Front desk/2");

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("--printer must be a CUPS printer name");
	}

	@Test
	void uninstallDryRunNamesTheKioskServiceAndMakesNoChange() {
		List<Boolean> before = installedFilesExist();

		Result result = run("kiosk-setup/uninstall.sh", "--dry-run");

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output().lines())
			.anyMatch(line -> line.contains("remove") && line.contains("/onthaal-kiosk.service"));
		assertThat(result.output()).contains("nothing was changed");
		assertThat(installedFilesExist()).isEqualTo(before);
	}

	@Test
	void installRefusesAUrlThatIsNotHttp() {
		Result result = run("kiosk-setup/install.sh", "--dry-run", "--url", "ftp://x");

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("--url must start with http:// or https://");
	}

	private static List<Boolean> installedFilesExist() {
		return INSTALLED_FILES.stream().map(Files::exists).toList();
	}

	private static Result run(String script, String... arguments) {
		List<String> command = new ArrayList<>(List.of("bash", script));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(new File(System.getProperty("user.dir")))
			.redirectErrorStream(true)
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().remove("ONTHAAL_KIOSK_ROOT");
		try {
			Process process = builder.start();
			CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail("%s did not finish within 60 s", script);
			}
			return new Result(process.exitValue(), output.join());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String readAll(InputStream in) {
		try (in) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Result(int exitCode, String output) {
	}

}
