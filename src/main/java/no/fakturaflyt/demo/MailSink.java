package no.fakturaflyt.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** GreenMail as the default run's SMTP server; it accepts every message and keeps it in memory. */
@Component
@ConditionalOnProperty(name = "fakturaflyt.mail-sink.enabled", havingValue = "true")
public class MailSink implements org.springframework.context.SmartLifecycle {

    private final GreenMail greenMail;
    private volatile boolean running;

    MailSink(MailSinkProperties properties) {
        this.greenMail = new GreenMail(new ServerSetup(properties.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public List<MimeMessage> messages() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void start() {
        greenMail.start();
        running = true;
    }

    @Override
    public void stop() {
        greenMail.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Up before the process engine's job executor starts sending. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }
}
