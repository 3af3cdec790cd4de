package org.rbe.governance.jury.internal;

import org.rbe.governance.jury.DrawArchive;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public, no login: the files of every draw (a jury, an appeal panel, an assembly, a successor), which
 * {@code sortition-verify --record DIR} re-runs once both are saved into one folder DIR.
 */
@RestController
class PublishedDraws {
    private final DrawArchive archive;

    PublishedDraws(DrawArchive archive) {
        this.archive = archive;
    }

    @GetMapping(value = "/public/draws/{panelId}/pool.csv", produces = "text/csv")
    ResponseEntity<byte[]> pool(@PathVariable long panelId) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"pool.csv\"").body(archive.files(panelId).poolCsv());
    }

    @GetMapping(value = "/public/draws/{panelId}/record.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> record(@PathVariable long panelId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"record.json\"").body(archive.files(panelId).recordJson());
    }
}
