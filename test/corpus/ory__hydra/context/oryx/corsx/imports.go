// Import list of package corsx in oryx/corsx of ory/hydra (the import blocks of its non-test files; no code kept)
package corsx

import (
	_ "context"
	_ "github.com/rs/cors"
	_ "github.com/urfave/negroni"
	_ "golang.org/x/net/publicsuffix"
	_ "net/http"
	_ "net/url"
	_ "strings"
)
