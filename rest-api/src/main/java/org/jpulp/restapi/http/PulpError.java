package org.jpulp.restapi.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** Pulp 2's error body (see the REST error responses reference). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PulpError(@JsonProperty("http_status") int httpStatus,
                        @JsonProperty("http_request_method") String method,
                        @JsonProperty("_href") String href,
                        @JsonProperty("error_message") String message,
                        Object exception,
                        Object traceback,
                        Detail error) {

    /** The coded part: {@code {code, description, data, sub_errors}}. */
    public record Detail(String code, String description, Map<String, Object> data,
                         @JsonProperty("sub_errors") List<Detail> subErrors) {
    }
}
