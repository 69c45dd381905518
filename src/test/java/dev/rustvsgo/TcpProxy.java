package dev.rustvsgo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder for fault tests: it listens on a port of the loopback interface and
 * relays each connection to a target, until {@link #close()} resets every connection and
 * stops listening (connections are then refused, as from a stopped server);
 * {@link #open()} listens again on the same port. {@link #blackhole(boolean)} instead
 * keeps every socket open and silently drops the bytes, as a network partition does.
 */
final class TcpProxy implements AutoCloseable {

	private final InetSocketAddress target;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile boolean blackhole;

	private int port;

	private ServerSocket server;

	private TcpProxy(InetSocketAddress target) {
		this.target = target;
	}

	/**
	 * Starts a proxy to the given server on a free port.
	 * @param host the target's host
	 * @param port the target's port
	 * @return the listening proxy
	 */
	static TcpProxy to(String host, int port) {
		TcpProxy proxy = new TcpProxy(new InetSocketAddress(host, port));
		proxy.open();
		return proxy;
	}

	/**
	 * The port the proxy listens on, the same after {@link #close()} and {@link #open()}.
	 */
	int port() {
		return this.port;
	}

	/** Listens (again) on the proxy's port. */
	synchronized void open() {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.port = socket.getLocalPort();
			this.server = socket;
			Thread.ofPlatform().daemon().name("tcp-proxy-" + this.port).start(() -> accept(socket));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not listen on port " + this.port, ex);
		}
	}

	/**
	 * Stops listening and resets every connection; the port refuses connections until
	 * {@link #open()}.
	 */
	@Override
	public synchronized void close() {
		if (this.server != null) {
			closeQuietly(this.server);
			this.server = null;
		}
		for (Socket socket : this.sockets) {
			reset(socket);
		}
	}

	/**
	 * Drops, or forwards again, the bytes of every connection, existing and new; while
	 * dropping, new connections are accepted but never reach the target.
	 * @param on whether to drop the bytes
	 */
	void blackhole(boolean on) {
		this.blackhole = on;
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = track(listening.accept());
				Thread.ofVirtual().start(() -> connect(client));
			}
			catch (IOException ex) {
				// Closed by close(): stop accepting.
			}
		}
	}

	private void connect(Socket client) {
		if (this.blackhole) {
			pump(client, null);
			return;
		}
		try {
			Socket upstream = track(new Socket());
			upstream.connect(this.target, 2000);
			Thread.ofVirtual().start(() -> pump(upstream, client));
			pump(client, upstream);
		}
		catch (IOException ex) {
			reset(client);
		}
	}

	/** Copies from one socket to the other (or nowhere) until either closes. */
	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[8192];
		try {
			InputStream in = from.getInputStream();
			OutputStream out = (to != null) ? to.getOutputStream() : null;
			int read;
			while ((read = in.read(buffer)) != -1) {
				if (!this.blackhole && out != null) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
		}
		catch (IOException ex) {
			// One side is gone; close both below.
		}
		finally {
			closeQuietly(from);
			if (to != null) {
				closeQuietly(to);
			}
		}
	}

	private Socket track(Socket socket) {
		this.sockets.add(socket);
		return socket;
	}

	/**
	 * Closes with a TCP reset rather than an orderly shutdown, as a crashed peer would.
	 */
	private void reset(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
		}
		catch (SocketException ex) {
			// Already closed.
		}
		closeQuietly(socket);
	}

	private void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Nothing to do about it in a test helper.
		}
		if (closeable instanceof Socket socket) {
			this.sockets.remove(socket);
		}
	}

}
