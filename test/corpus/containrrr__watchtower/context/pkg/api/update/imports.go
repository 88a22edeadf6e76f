// Import list of package update in pkg/api/update of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package update

import (
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "net/http"
	_ "os"
	_ "strings"
)
