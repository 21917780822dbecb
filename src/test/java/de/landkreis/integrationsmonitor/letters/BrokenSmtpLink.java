package de.landkreis.integrationsmonitor.letters;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP link between the program and the real SMTP server of the tests that passes everything through, but breaks
 * the program's side of the connection at one point of each SMTP dialogue: the network failures a relay or a
 * firewall cause, which GreenMail itself never does.
 */
final class BrokenSmtpLink implements AutoCloseable {

    /** Where the link breaks. */
    enum Break {
        /** after the server accepted the message (250 to the end of DATA), before the program reads that answer */
        BEFORE_THE_ANSWER_TO_THE_MESSAGE,
        /** the same, but the connection is closed in order (the program reads its end, not a reset) */
        CLOSED_BEFORE_THE_ANSWER_TO_THE_MESSAGE,
        /** when the program ends the session (QUIT), after the server accepted the message */
        ON_QUIT,
        /** not broken: the link answers the recipient with a refusal (550) in the server's place, as a relay does */
        REFUSES_THE_RECIPIENT
    }

    private final Break where;
    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    BrokenSmtpLink(Break where) {
        this.where = where;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getByName(SmtpTestServer.HOST));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket program = listener.accept();
                Socket server = new Socket(SmtpTestServer.HOST, SmtpTestServer.PORT);
                Dialogue dialogue = new Dialogue(program, server);
                threads.execute(dialogue::fromProgram);
                threads.execute(dialogue::fromServer);
            } catch (IOException e) {
                return;
            }
        }
    }

    private final class Dialogue {

        private final Socket program;
        private final Socket server;
        private volatile boolean inData;
        private volatile boolean messageEnded;

        Dialogue(Socket program, Socket server) {
            this.program = program;
            this.server = server;
        }

        void fromProgram() {
            try (InputStream in = new BufferedInputStream(program.getInputStream());
                 OutputStream out = server.getOutputStream()) {
                for (byte[] line = line(in); line != null; line = line(in)) {
                    String text = new String(line, StandardCharsets.US_ASCII).strip();
                    if (where == Break.ON_QUIT && !inData && text.equalsIgnoreCase("QUIT")) {
                        reset();
                        return;
                    }
                    if (where == Break.REFUSES_THE_RECIPIENT && !inData && text.regionMatches(true, 0, "RCPT", 0, 4)) {
                        synchronized (program) {
                            program.getOutputStream().write("550 5.1.1 Recipient address rejected\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
                        }
                        continue;
                    }
                    if (inData && text.equals(".")) {
                        inData = false;
                        messageEnded = true;
                    } else if (!inData && text.equalsIgnoreCase("DATA")) {
                        inData = true;
                    }
                    out.write(line);
                    out.flush();
                }
            } catch (IOException e) {
                // the link is broken or closed
            } finally {
                closeQuietly();
            }
        }

        void fromServer() {
            try (InputStream in = new BufferedInputStream(server.getInputStream());
                 OutputStream out = program.getOutputStream()) {
                for (byte[] line = line(in); line != null; line = line(in)) {
                    if (where == Break.BEFORE_THE_ANSWER_TO_THE_MESSAGE && messageEnded) {
                        reset();
                        return;
                    }
                    if (where == Break.CLOSED_BEFORE_THE_ANSWER_TO_THE_MESSAGE && messageEnded) {
                        return;
                    }
                    synchronized (program) {
                        out.write(line);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // the link is broken or closed
            } finally {
                closeQuietly();
            }
        }

        /** The program's side sees "Connection reset", as when a relay or a firewall drops the connection. */
        private void reset() throws IOException {
            program.setSoLinger(true, 0);
            program.close();
            server.close();
        }

        private void closeQuietly() {
            try {
                program.close();
                server.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    /** One line with its line end, or null at the end of the stream. */
    private static byte[] line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
