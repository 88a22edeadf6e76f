// Import list of package testsuites in registry/storage/driver/testsuites of distribution/distribution (the import blocks of its non-test files; no code kept)
package testsuites

import (
	_ "bytes"
	_ "context"
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "crypto/tls"
	_ "github.com/distribution/distribution/v3/registry/storage/driver"
	_ "github.com/stretchr/testify/suite"
	_ "io"
	_ "math/rand"
	_ "net/http"
	_ "net/http/httptest"
	_ "os"
	_ "path"
	_ "sort"
	_ "sync"
	_ "testing"
	_ "time"
)
