// Import list of package auth in pkg/registry/auth of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package auth

import (
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/containrrr/watchtower/pkg/registry/helpers"
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "github.com/distribution/reference"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "strings"
)
