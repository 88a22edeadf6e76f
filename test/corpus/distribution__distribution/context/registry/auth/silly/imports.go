// Import list of package silly in registry/auth/silly of distribution/distribution (the import blocks of its non-test files; no code kept)
package silly

import (
	_ "fmt"
	_ "github.com/distribution/distribution/v3/registry/auth"
	_ "github.com/sirupsen/logrus"
	_ "net/http"
	_ "strings"
)
