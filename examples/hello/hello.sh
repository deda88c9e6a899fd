#!/bin/sh
cat /built-for
echo "running on $(uname -m)"
