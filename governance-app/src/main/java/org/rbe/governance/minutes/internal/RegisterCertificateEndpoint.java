package org.rbe.governance.minutes.internal;

import org.rbe.governance.minutes.MinutesVerifier;
import org.rbe.governance.minutes.RegisterCertificate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public, no login: the certificate every set of minutes is signed with, for {@code minutes-verify --certificate}. */
@RestController
class RegisterCertificateEndpoint {
    private final MinutesVerifier verifier;

    RegisterCertificateEndpoint(MinutesVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping(value = RegisterCertificate.PATH, produces = "application/x-pem-file")
    ResponseEntity<String> certificate() {
        return ResponseEntity.ok().header("Content-Disposition", "inline; filename=\"register-certificate.pem\"")
                .body(RegisterCertificate.pem(verifier.registerCertificate()));
    }
}
