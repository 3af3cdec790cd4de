package org.rbe.governance.publication.internal;

import org.rbe.governance.publication.DecisionRegister;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.rbe.governance.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public download of a decision's signed minutes: {@code /public/decisions/{caseId}/minutes.pdf}. */
@RestController
class MinutesDownload {
    private final DecisionRegister register;

    MinutesDownload(DecisionRegister register) {
        this.register = register;
    }

    @GetMapping("/public/decisions/{caseId}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long caseId) {
        return register.minutesPdf(caseId)
                .map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename("minutes-" + caseId + ".pdf").build().toString())
                        .body(pdf))
                .orElseThrow(() -> new NotFoundException("register.notFound"));
    }
}
