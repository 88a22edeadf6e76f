// Import list of package lifecycle in pkg/lifecycle of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package lifecycle

import (
	_ "github.com/containrrr/watchtower/pkg/container"
	_ "github.com/containrrr/watchtower/pkg/types"
	_ "github.com/sirupsen/logrus"
)
