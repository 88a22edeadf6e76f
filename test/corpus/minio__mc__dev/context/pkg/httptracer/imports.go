// Import list of package httptracer in pkg/httptracer of minio/mc (the import blocks of its non-test files; no code kept)
package httptracer

import (
	_ "errors"
	_ "github.com/minio/pkg/v3/console"
	_ "net/http"
	_ "time"
)
