package org.onthaal.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One kiosk's network: a TCP relay on 127.0.0.1 in front of the proxy that can be cut.
 * Cut, it drops every open connection (a request half-way gets no answer) and refuses new
 * ones, as a kiosk whose Wi-Fi went away; mended, it relays again. Only 127.0.0.1.
 */
final class CuttableLink implements AutoCloseable {

	private final ServerSocket listening;

	private final int targetPort;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean cut;

	private volatile boolean closed;

	CuttableLink(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(this::accept);
	}

	int port() {
		return listening.getLocalPort();
	}

	/** The network goes: what is open breaks, nothing new gets through. */
	void cut() {
		cut = true;
		open.forEach(CuttableLink::closeQuietly);
		open.clear();
	}

	/** The network is back. */
	void mend() {
		cut = false;
	}

	private void accept() {
		while (!closed) {
			try {
				Socket client = listening.accept();
				if (cut) {
					closeQuietly(client);
					continue;
				}
				Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				open.add(client);
				open.add(server);
				Thread.ofVirtual().start(() -> pipe(client, server));
				Thread.ofVirtual().start(() -> pipe(server, client));
			}
			catch (IOException ex) {
				if (closed) {
					return;
				}
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// cut, or one side closed: the other side goes too
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			open.remove(from);
			open.remove(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already gone
		}
	}

	@Override
	public void close() {
		closed = true;
		cut();
		try {
			listening.close();
		}
		catch (IOException ex) {
			// already gone
		}
	}

}
