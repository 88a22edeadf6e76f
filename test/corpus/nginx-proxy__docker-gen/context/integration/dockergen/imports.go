// Import list of package dockergen in integration/dockergen of nginx-proxy/docker-gen (the import blocks of its non-test files; no code kept)
package dockergen

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/moby/moby/api/types/container"
	_ "github.com/nginx-proxy/docker-gen/integration/internal/helpers"
	_ "github.com/testcontainers/testcontainers-go"
	_ "github.com/testcontainers/testcontainers-go/wait"
	_ "io"
	_ "strings"
	_ "time"
)
