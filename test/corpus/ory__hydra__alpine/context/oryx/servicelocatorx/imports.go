// Import list of package servicelocatorx in oryx/servicelocatorx of ory/hydra (the import blocks of its non-test files; no code kept)
package servicelocatorx

import (
	_ "github.com/ory/x/contextx"
	_ "github.com/ory/x/logrusx"
	_ "github.com/urfave/negroni"
	_ "google.golang.org/grpc"
)
