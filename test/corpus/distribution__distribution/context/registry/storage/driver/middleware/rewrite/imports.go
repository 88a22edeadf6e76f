// Import list of package middleware in registry/storage/driver/middleware/rewrite of distribution/distribution (the import blocks of its non-test files; no code kept)
package middleware

import (
	_ "context"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/registry/storage/driver"
	_ "github.com/distribution/distribution/v3/registry/storage/driver/middleware"
	_ "github.com/sirupsen/logrus"
	_ "net/http"
	_ "net/url"
	_ "strings"
)
