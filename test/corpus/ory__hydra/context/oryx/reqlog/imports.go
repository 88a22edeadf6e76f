// Import list of package reqlog in oryx/reqlog of ory/hydra (the import blocks of its non-test files; no code kept)
package reqlog

import (
	_ "context"
	_ "github.com/ory/x/logrusx"
	_ "github.com/sirupsen/logrus"
	_ "github.com/urfave/negroni"
	_ "net/http"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
