// The one PostgreSQL 17 that both nodes of ops/two-nodes.sh share: the same embedded server
// the app starts by itself, run on its own so that killing a node leaves it standing.
// Started by the script as a single-file program on the extracted jar's libraries:
//   java -cp 'app/lib/*' ops/two-nodes/Database.java DATA_DIR PORT
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

void main(String[] args) throws Exception {
	EmbeddedPostgres server = EmbeddedPostgres.builder()
		.setDataDirectory(Path.of(args[0]))
		.setCleanDataDirectory(false)
		.setPort(Integer.parseInt(args[1]))
		// durable, as the app's own embedded server is (the library turns fsync off)
		.setServerConfig("fsync", "on")
		.setServerConfig("synchronous_commit", "on")
		.setServerConfig("full_page_writes", "on")
		.setServerConfig("max_connections", "200")
		.start();
	Runtime.getRuntime().addShutdownHook(new Thread(() -> {
		try {
			server.close();
		}
		catch (Exception ex) {
			ex.printStackTrace();
		}
	}));
	System.out.println("database ready on port " + server.getPort());
	new CountDownLatch(1).await();
}
