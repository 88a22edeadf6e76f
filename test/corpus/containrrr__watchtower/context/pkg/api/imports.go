// Import list of package api in pkg/api of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package api

import (
	_ "fmt"
	_ "github.com/sirupsen/logrus"
	_ "net/http"
)
