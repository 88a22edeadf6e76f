// Import list of package dockerclient in internal/dockerclient of nginx-proxy/docker-gen (the import blocks of its non-test files; no code kept)
package dockerclient

import (
	_ "errors"
	_ "fmt"
	_ "github.com/fsouza/go-dockerclient"
	_ "github.com/nginx-proxy/docker-gen/internal/utils"
	_ "os"
	_ "strconv"
	_ "strings"
)
