// Import list of package processes in monitor/processes of docker/buildx (the import blocks of its non-test files; no code kept)
package processes

import (
	_ "context"
	_ "github.com/docker/buildx/build"
	_ "github.com/docker/buildx/util/ioset"
	_ "github.com/pkg/errors"
	_ "github.com/sirupsen/logrus"
	_ "sync"
	_ "sync/atomic"
)
