package dev.akmatori.adapter.llm.tool.integration;

import dev.akmatori.application.investigation.tool.ToolCallException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The two ways an integration may trust a server other than by the JVM's roots.
 *
 * <ul>
 *   <li>{@link #trustAll()} for {@code <prefix>_verify_ssl=false}: any certificate and any host
 *       name. The connection is still encrypted but not authenticated, so anyone on the path can
 *       read the credentials sent on it; meant for lab systems with self-signed certificates.
 *   <li>{@link #trusting(String)} for a PEM CA bundle (e.g. {@code k8s_ca_cert}): only those CAs,
 *       as {@code kubectl} does with {@code certificate-authority}; host names are still checked.
 * </ul>
 */
final class TlsTrust {
  private static final X509TrustManager ANY = new AnyCertificate();
  private static final TlsTrust TRUST_ALL = new TlsTrust(socketFactory(ANY), ANY, (host, session) -> true);

  private final SSLSocketFactory socketFactory;
  private final X509TrustManager trustManager;
  private final HostnameVerifier hostnameVerifier;

  private TlsTrust(SSLSocketFactory socketFactory, X509TrustManager trustManager, HostnameVerifier verifier) {
    this.socketFactory = socketFactory;
    this.trustManager = trustManager;
    this.hostnameVerifier = verifier;
  }

  static TlsTrust trustAll() {
    return TRUST_ALL;
  }

  /**
   * Trust for the CA certificates in {@code pem} (one or more {@code BEGIN CERTIFICATE} blocks).
   *
   * @throws ToolCallException when the text holds no readable certificate
   */
  static TlsTrust trusting(String pem) {
    try {
      Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
          .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
      if (certificates.isEmpty()) {
        throw new CertificateException("no certificate");
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate certificate : certificates) {
        store.setCertificateEntry("ca-" + i++, certificate);
      }
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      X509TrustManager manager = (X509TrustManager) factory.getTrustManagers()[0];
      return new TlsTrust(socketFactory(manager), manager, null);
    } catch (GeneralSecurityException | IOException | ClassCastException e) {
      throw new ToolCallException("the CA certificate setting is not a valid PEM X.509 certificate");
    }
  }

  SSLSocketFactory socketFactory() {
    return socketFactory;
  }

  X509TrustManager trustManager() {
    return trustManager;
  }

  /** The verifier to install, or null to keep OkHttp's (which checks the host name). */
  HostnameVerifier hostnameVerifier() {
    return hostnameVerifier;
  }

  private static SSLSocketFactory socketFactory(X509TrustManager manager) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {manager}, null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is part of every JDK", e);
    }
  }

  /** Accepts every chain: the documented risk of {@code verify_ssl=false}. */
  private static final class AnyCertificate implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
      // Client certificates are not used.
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      // Deliberately unverified: the instance has verify_ssl=false.
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
