// Import list of package limiter in pkg/limiter of minio/mc (the import blocks of its non-test files; no code kept)
package limiter

import (
	_ "errors"
	_ "github.com/juju/ratelimit"
	_ "io"
	_ "net/http"
)
