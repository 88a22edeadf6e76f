// Import list of package prometheusx in oryx/prometheusx of ory/hydra (the import blocks of its non-test files; no code kept)
package prometheusx

import (
	_ "github.com/grpc-ecosystem/go-grpc-prometheus"
	_ "github.com/ory/x/httprouterx"
	_ "github.com/pkg/errors"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/prometheus/client_golang/prometheus/promhttp"
	_ "github.com/urfave/negroni"
	_ "net/http"
	_ "regexp"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
