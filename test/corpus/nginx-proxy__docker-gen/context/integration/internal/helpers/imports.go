// Import list of package helpers in integration/internal/helpers of nginx-proxy/docker-gen (the import blocks of its non-test files; no code kept)
package helpers

import (
	_ "context"
	_ "github.com/testcontainers/testcontainers-go"
	_ "net/url"
)
