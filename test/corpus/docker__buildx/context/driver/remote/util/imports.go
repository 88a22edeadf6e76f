// Import list of package remoteutil in driver/remote/util of docker/buildx (the import blocks of its non-test files; no code kept)
package remoteutil

import (
	_ "context"
	_ "github.com/pkg/errors"
	_ "net"
	_ "net/url"
	_ "slices"
)
