// Import list of package manifest in pkg/registry/manifest of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package manifest

import (
	_ "errors"
	_ "fmt"
	_ "github.com/containrrr/watchtower/pkg/registry/helpers"
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "github.com/distribution/reference"
	_ "github.com/sirupsen/logrus"
	_ "net/url"
)
