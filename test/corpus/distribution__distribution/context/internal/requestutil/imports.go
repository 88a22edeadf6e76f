// Import list of package requestutil in internal/requestutil of distribution/distribution (the import blocks of its non-test files; no code kept)
package requestutil

import (
	_ "github.com/sirupsen/logrus"
	_ "net"
	_ "net/http"
	_ "strings"
)
