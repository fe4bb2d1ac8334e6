package vn.phoihop.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Reads an {@code Accept} header that cannot be parsed ({@code application/json;q=bogus}) as no header, that is as
 * accepting anything, which RFC 9110 leaves a server free to do. Spring's own strategy fails on it, and the failure
 * does not only turn an answer into 406: every refusal loses its body, Problem Details included, because Spring
 * writes no error body for a client whose Accept it cannot read.
 */
final class LenientAcceptHeader extends HeaderContentNegotiationStrategy {

    @Override
    public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        try {
            return super.resolveMediaTypes(request);
        }
        catch (HttpMediaTypeNotAcceptableException unreadable) {
            return MEDIA_TYPE_ALL_LIST;
        }
    }

}
