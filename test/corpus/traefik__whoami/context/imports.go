// Import list of package main in . of traefik/whoami (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "embed"
	_ "encoding/json"
	_ "errors"
	_ "flag"
	_ "fmt"
	_ "github.com/gorilla/websocket"
	_ "github.com/traefik/whoami/grpc"
	_ "golang.org/x/net/http2"
	_ "golang.org/x/net/http2/h2c"
	_ "google.golang.org/grpc"
	_ "io"
	_ "log"
	_ "net"
	_ "net/http"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
